/** Runnable benchmark mains for the workbench (never run as unit tests). */
package io.salescast.app.bench;
