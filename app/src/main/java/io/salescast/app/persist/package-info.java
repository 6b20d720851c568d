/**
 * Project files of the workbench ({@code .salescast}): one zip with the settings as readable
 * JSON (with a format version) and the data as long-format CSV; autosave and crash recovery.
 */
package io.salescast.app.persist;
