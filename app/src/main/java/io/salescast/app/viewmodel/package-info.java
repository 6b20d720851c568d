/**
 * View models: the workbench's state and logic as JavaFX properties, plain objects tested without
 * a window. They call the engine (through background tasks); views only bind to them.
 */
package io.salescast.app.viewmodel;
