package org.crepituslab.facet.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import org.crepituslab.facet.model.JointModel;
import org.crepituslab.facet.model.SoundExplanation;
import org.crepituslab.facet.model.SoundPath;
import org.crepituslab.facet.sound.HeardPop;
import org.crepituslab.facet.model.Stage;
import org.crepituslab.framework.Strings;
import org.crepituslab.testing.FxTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The facet screen driven like a user: stretch, drag, keys, time acceleration, replay, files. */
class FacetViewTest extends FxTest {
    @TempDir
    Path dir;

    private FacetView view;
    private JointModel model;
    private final List<String> captions = new ArrayList<>();

    @BeforeEach
    void openFacet(FxRobot robot) {
        robot.clickOn("#nav-facet");
        view = (FacetView) shell.currentView();
        model = view.jointModel();
        // frames are driven by the test, so results do not depend on the machine's speed
        robot.interact(() -> view.clock().stop());
        Label caption = (Label) view.captions().lookup("#caption");
        robot.interact(() -> caption.textProperty().addListener((o, a, b) -> {
            if (b != null && !b.isEmpty()) {
                captions.add(b);
            }
        }));
    }

    /** Runs the screen's clock for simulated seconds in 60 Hz frames. */
    private void run(FxRobot robot, double seconds) {
        robot.interact(() -> {
            for (int i = 0; i < Math.round(seconds * 60); i++) {
                view.clock().advance(1.0 / 60);
            }
        });
    }

    /** The pop caption at -150 kPa under an explanation, with the last pop's level at the listening distance. */
    private String popCaption(SoundExplanation heard) {
        double db = HeardPop.of(model.lastPopProperty().get().trace(), heard, SoundPath.LISTENING_DISTANCE).peakDbSpl();
        return Strings.format("facet.caption.pop", "-150", Strings.get("facet.explanation." + heard.id() + ".short"),
                String.format(Strings.locale(), "%.0f", db),
                String.format(Strings.locale(), "%.0f", SoundPath.LISTENING_DISTANCE * 100));
    }

    private String lastCaption() {
        return captions.isEmpty() ? "" : captions.get(captions.size() - 1);
    }

    @Test
    void stretchPopsThenStretchingAgainIsRefractoryThenWaitingAtSixHundredMakesItReady(FxRobot robot) {
        robot.clickOn("#facet-stretch");
        run(robot, 1.5);
        assertEquals(1, model.readout("pops"));
        assertEquals(popCaption(SoundExplanation.PARTIAL_COLLAPSE), captions.get(0), "the pop is captioned with why");
        assertEquals(Stage.REFRACTORY, view.narratedStage(), "after the pop the narration shows the refractory period");
        assertTrue(view.countdownText().matches(".*\\d+[.,]\\d.*"), "a countdown in minutes: " + view.countdownText());

        robot.clickOn("#facet-stretch");
        run(robot, 2);
        assertEquals(1, model.readout("pops"), "no second pop");
        assertEquals(1, model.readout("refractoryBlocks"));
        assertEquals(Strings.get("facet.caption.noPop.bubble-present"), lastCaption());
        assertEquals(Stage.REFRACTORY, view.narratedStage());

        robot.clickOn("#facet-accel-600");
        assertEquals(600, model.readout("timeAcceleration"));
        assertEquals(Strings.format("facet.caption.accel", 600), lastCaption());
        run(robot, 3);
        assertTrue(captions.contains(Strings.get("facet.caption.ready")), captions.toString());
        assertEquals(Stage.READY, view.narratedStage());
        assertEquals(0, model.readout("refractoryRemaining_min"));

        robot.clickOn("#facet-stretch");
        assertEquals(1, model.readout("timeAcceleration"), "a stretch brings time back to normal");
        assertTrue(captions.contains(Strings.get("facet.caption.accelNormal")));
        run(robot, 1.5);
        assertEquals(2, model.readout("pops"), "ready means it pops again");
    }

    @Test
    void draggingTheJointUpPullsItApartUntilItPops(FxRobot robot) {
        robot.drag("#facet-joint", MouseButton.PRIMARY).dropBy(0, -70);
        double pull = model.requestedPullProperty().get();
        assertEquals(0.7e-3, pull, 0.1e-3, "70 px up is about 0.7 mm of pull");
        run(robot, 1);
        assertEquals(1, model.readout("pops"));
        assertTrue(model.readout("gap_mm") > 0.4, "the surfaces sprang apart: " + model.readout("gap_mm"));
        assertTrue(lastCaption().startsWith(Strings.format("facet.caption.pop", "-150", "").substring(0, 10)), lastCaption());
    }

    @Test
    void theKeyboardPullsAndStretches(FxRobot robot) {
        robot.clickOn("#facet-joint");
        robot.type(KeyCode.UP, 3);
        assertEquals(0.15e-3, model.requestedPullProperty().get(), 1e-9);
        robot.type(KeyCode.DOWN);
        assertEquals(0.10e-3, model.requestedPullProperty().get(), 1e-9);
        robot.type(KeyCode.S);
        assertTrue(model.isStretchProgramRunning(), "S starts the standard stretch");
        run(robot, 1.5);
        assertEquals(1, model.readout("pops"));
    }

    @Test
    void theExplanationChoiceChangesTheTextAndTheSoundModel(FxRobot robot) {
        // click the words, as a user would
        robot.clickOn((Node) find(robot, "#facet-explanation-formation").lookup(".text"));
        assertEquals(0, model.readout("soundModel"));
        assertEquals(Strings.get("facet.explanation.formation.text"), view.explanationText());
        robot.clickOn((Node) find(robot, "#facet-explanation-collapse").lookup(".text"));
        assertEquals(1, model.readout("soundModel"));
        assertTrue(view.explanationText().startsWith("Unsworth"), view.explanationText());
        assertTrue(view.explanationText().matches(".*\\d+ %.*"), "names how far the bubble collapses: "
                + view.explanationText());
        assertNotEquals(Strings.get("facet.explanation.formation.text"), view.explanationText());
        reveal(robot, "#facet-stretch");
        robot.clickOn("#facet-stretch");
        run(robot, 1);
        assertEquals(popCaption(SoundExplanation.COLLAPSE), captions.get(captions.size() - 1));
    }

    @Test
    void theLastPopReplaysInSlowMotionAndCanBeSaved(FxRobot robot) throws Exception {
        reveal(robot, "#facet-replay-button");
        assertTrue(find(robot, "#facet-replay-button").isDisabled(), "nothing to replay before a pop");
        reveal(robot, "#facet-stretch");
        robot.clickOn("#facet-stretch");
        run(robot, 1);
        reveal(robot, "#facet-replay-button");
        robot.clickOn("#facet-replay-button");
        assertTrue(view.isReplayVisible());
        assertTrue(lastCaption().contains("1000"), lastCaption());
        // 1 s of real time shows 1 ms of the pop
        robot.interact(() -> view.advanceReplay(1.0));
        boolean[] stillPlaying = {false};
        // on the FX thread: the replay draws text, which only the FX thread may measure
        robot.interact(() -> stillPlaying[0] = view.advanceReplay(0));
        assertTrue(stillPlaying[0], "still playing after one second");
        robot.interact(() -> stillPlaying[0] = view.advanceReplay(60));
        assertFalse(stillPlaying[0], "a pop of a few ms is over within a minute of replay");
        robot.clickOn("#facet-replay-close");
        assertFalse(view.isReplayVisible());

        Path wav = dir.resolve("pop.wav");
        robot.interact(() -> {
            try {
                view.files().savePopWav(wav);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        AudioFileFormat f = AudioSystem.getAudioFileFormat(wav.toFile());
        assertEquals(44_100, f.getFormat().getSampleRate(), 0);
        assertEquals(1, f.getFormat().getChannels());
        assertTrue(f.getFrameLength() > 200, "a few ms of sound: " + f.getFrameLength());
        assertEquals(Strings.format("facet.caption.savedWav", "pop.wav"), lastCaption());
    }

    @Test
    void theGraphsExportAsCsv(FxRobot robot) throws Exception {
        robot.clickOn("#facet-stretch");
        run(robot, 2);
        Path csv = dir.resolve("graphs.csv");
        robot.interact(() -> {
            try {
                view.files().exportGraphsCsv(csv);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<String> lines = Files.readAllLines(csv);
        assertEquals("t_s,pressure_kpa,bubble_radius_mm,dissolved_gas_percent", lines.get(0));
        assertTrue(lines.size() >= 1 + 120, "one row per frame of the two seconds: " + lines.size());
        double minPressure = lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[1])).min().orElse(0);
        assertTrue(minPressure < -50, "the pressure drop is in the data: " + minPressure);

        Path pop = dir.resolve("pop.csv");
        robot.interact(() -> {
            try {
                view.files().exportPopCsv(pop);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals("t_ms,radius_mm,wall_velocity_m_s,acoustic_pressure_pa,fluid_pressure_kpa",
                Files.readAllLines(pop).get(0));
    }

    @Test
    void labelsCanBeHidden(FxRobot robot) {
        WritableImage[] before = new WritableImage[1];
        WritableImage[] after = new WritableImage[1];
        Node joint = find(robot, "#facet-joint");
        robot.interact(() -> before[0] = joint.snapshot(null, null));
        reveal(robot, "#facet-labels");
        robot.clickOn("#facet-labels");
        robot.interact(() -> after[0] = joint.snapshot(null, null));
        int differing = 0;
        for (int y = 0; y < before[0].getHeight(); y += 3) {
            for (int x = 0; x < before[0].getWidth(); x += 3) {
                if (before[0].getPixelReader().getArgb(x, y) != after[0].getPixelReader().getArgb(x, y)) {
                    differing++;
                }
            }
        }
        assertTrue(differing > 100, "the labels disappear: " + differing + " pixels changed");
    }

    @Test
    void resetAllPutsTheScreenBack(FxRobot robot) {
        robot.clickOn("#facet-stretch");
        run(robot, 1);
        robot.clickOn("#facet-accel-60");
        robot.clickOn("#reset-all");
        assertEquals(0, model.readout("pops"));
        assertEquals(1, model.readout("timeAcceleration"));
        assertEquals(Stage.REST, view.narratedStage());
        assertTrue(find(robot, "#facet-accel-1") instanceof RadioButton rb && rb.isSelected());
    }

    @Test
    void everyControlHasAnAccessibleName(FxRobot robot) {
        for (String id : List.of("#facet-stretch", "#facet-replay-button", "#facet-play", "#facet-save-wav",
                "#facet-export-csv", "#facet-labels", "#facet-accel-1", "#facet-accel-60", "#facet-accel-600",
                "#facet-explanation-formation", "#facet-joint")) {
            Node n = find(robot, id);
            assertFalse(n.getAccessibleText() == null || n.getAccessibleText().isBlank(), id);
        }
        for (String id : List.of("#facet-pull", "#facet-rate", "#facet-amount", "#facet-threshold")) {
            VBox box = find(robot, id);
            Node slider = box.lookup(".slider");
            assertTrue(slider.getAccessibleText() != null && !slider.getAccessibleText().isBlank(), id);
        }
    }
}
