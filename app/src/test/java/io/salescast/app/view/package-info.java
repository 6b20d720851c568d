/** Headless UI tests (TestFX over Monocle) of the workbench's main flow. */
package io.salescast.app.view;
