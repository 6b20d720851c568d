/** The headless command line ({@code salescast ...}), one picocli class per command. */
package io.salescast.cli;
