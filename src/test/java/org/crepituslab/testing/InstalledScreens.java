package org.crepituslab.testing;

import org.crepituslab.app.Screens;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Installs the app's screen declarations before every test class (registered for all tests through
 * {@code META-INF/services}), so a test that loads a bank or reads a screen's strings sees the
 * screens exactly as the app does, whichever test happens to run first.
 */
public final class InstalledScreens implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        Screens.ensureInstalled();
    }
}
