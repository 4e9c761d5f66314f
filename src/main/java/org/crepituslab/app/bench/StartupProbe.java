package org.crepituslab.app.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.crepituslab.app.AppStartup;
import org.crepituslab.app.CrepitusLabApp;
import org.crepituslab.app.Headless;
import org.crepituslab.framework.Preferences;

/**
 * The child process of {@code bench --startup}: starts either the app or a bare JavaFX window,
 * and once the first frame has been shown prints {@code FIRST_FRAME <ms since JVM start>}, then
 * after a second of running {@code PEAK_RSS_KB <VmHWM>}, and exits.
 */
public final class StartupProbe {
    private static final CountDownLatch FIRST_FRAME = new CountDownLatch(1);

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean bare = args.length > 0 && args[0].equals("bare");
        if (!bare) {
            AppStartup.begin(); // as Launcher.main does
        }
        Headless.start(true, 1280, 800);
        Platform.runLater(() -> {
            Stage stage = new Stage();
            Scene scene;
            if (bare) {
                scene = new Scene(new StackPane(), 1280, 800);
            } else {
                // the real start-up path: preferences from disk, then the whole shell
                Preferences prefs = AppStartup.await().preferences();
                scene = CrepitusLabApp.createScene(prefs, 1280, 800);
            }
            stage.setScene(scene);
            stage.show();
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (frames++ == 1) {
                        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.println("FIRST_FRAME " + ms);
                        System.out.flush();
                        FIRST_FRAME.countDown();
                    }
                }
            }.start();
        });
        if (!FIRST_FRAME.await(60, TimeUnit.SECONDS)) {
            System.out.println("NO_FRAME");
            System.exit(1);
        }
        Thread.sleep(1000);
        System.out.println("PEAK_RSS_KB " + peakRssKb());
        System.out.flush();
        System.exit(0);
    }

    /** VmHWM from /proc (Linux): the peak resident set size of this process. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
