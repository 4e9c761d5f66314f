package org.crepituslab.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test its own empty data folder (progress, profiles), so that a quiz saved by one test
 * is never resumed by another: the order tests run in differs between machines.
 */
public final class OwnDataFolder implements BeforeEachCallback, AfterEachCallback {
    public static final String DATA_PROPERTY = "crepituslab.XDG_DATA_HOME";

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        // the quiz model is created when the screen first opens, after this
        Path dir = Files.createTempDirectory("crepitus-data");
        dir.toFile().deleteOnExit();
        System.setProperty(DATA_PROPERTY, dir.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.clearProperty(DATA_PROPERTY);
    }
}
