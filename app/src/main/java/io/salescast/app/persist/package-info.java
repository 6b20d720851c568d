/**
 * Project files of the workbench ({@code .salescast}): one zip with the settings as readable
 * JSON (with a format version), the data as long-format CSV and the last run's results
 * ({@code results/}, shown again on open without training); autosave and crash recovery.
 */
package io.salescast.app.persist;
