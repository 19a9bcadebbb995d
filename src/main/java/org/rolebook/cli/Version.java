package org.rolebook.cli;

import picocli.CommandLine.IVersionProvider;

/** The version of the build, from the jar's manifest. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = CommandLine.class.getPackage().getImplementationVersion();
        return new String[] {"Rolebook " + (version == null ? "(development build)" : version)};
    }
}
