package io.salescast.cli;

import picocli.CommandLine;

/** Reports the Salescast version from the jar manifest (or "development" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = SalescastCli.class.getPackage().getImplementationVersion();
        return new String[] {"salescast " + (v == null ? "development build" : v),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
