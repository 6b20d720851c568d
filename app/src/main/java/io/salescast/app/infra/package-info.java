/**
 * Desktop infrastructure shared by every screen: per-user folders, settings, logging, themes, the
 * single background executor and the dialog service. Nothing here knows about forecasting.
 */
package io.salescast.app.infra;
