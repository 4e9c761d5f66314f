package org.crepituslab;

import javafx.application.Application;
import org.crepituslab.app.AppStartup;
import org.crepituslab.app.CrepitusLabApp;
import org.crepituslab.app.cli.Cli;

/**
 * Plain main so the runnable jar works with JavaFX on the class path: with no arguments it opens
 * the GUI, otherwise it runs a command and exits with its code.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            AppStartup.begin();
            Application.launch(CrepitusLabApp.class);
            return;
        }
        System.exit(Cli.run(args, System.out, System.err));
    }
}
