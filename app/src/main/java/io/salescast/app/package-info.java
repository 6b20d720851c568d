/** The JavaFX workbench: views, view models, charts and the desktop entry point. */
package io.salescast.app;
