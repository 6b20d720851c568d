/**
 * Build-time tools for the installers (run by {@code installer/build-package.sh}, not shipped):
 * removing other platforms' native libraries from the bundled jars.
 */
package io.salescast.installer;
