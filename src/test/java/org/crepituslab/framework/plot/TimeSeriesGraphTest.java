package org.crepituslab.framework.plot;

import org.crepituslab.framework.TimeSeries;
import org.crepituslab.framework.Palette;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TimeSeriesGraphTest {
    private TimeSeriesGraph graph;

    @Start
    void start(Stage stage) {
        graph = new TimeSeriesGraph("Pressure", "kPa", 5);
        stage.setScene(new Scene(new StackPane(graph), 400, 200));
        stage.show();
    }

    @Test
    void drawsTwoSeriesInTheirOwnColours(FxRobot robot) {
        TimeSeries a = graph.addSeries("fluid", 100);
        TimeSeries b = graph.addSeries("gas", 100);
        robot.interact(() -> {
            for (int i = 0; i < 100; i++) {
                a.add(i * 0.05, Math.sin(i * 0.1));
                b.add(i * 0.05, Math.cos(i * 0.1));
            }
            graph.redraw();
        });
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = graph.canvas().snapshot(null, null));
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < shot[0].getHeight(); y++) {
            for (int x = 0; x < shot[0].getWidth(); x++) {
                colours.add(shot[0].getPixelReader().getArgb(x, y) & 0xffffff);
            }
        }
        assertTrue(colours.contains(rgb(Palette.DEFAULT.seriesColor(0))), "first series drawn in its colour");
        assertTrue(colours.contains(rgb(Palette.DEFAULT.seriesColor(1))), "second series drawn in its colour");
    }

    private static int rgb(javafx.scene.paint.Color c) {
        return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }
}
