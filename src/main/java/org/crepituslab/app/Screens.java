package org.crepituslab.app;

import java.util.List;
import java.util.Optional;
import org.crepituslab.facet.FacetScreen;
import org.crepituslab.facet.sound.PopSound;
import org.crepituslab.framework.Screen;
import org.crepituslab.grinding.GrindingScreen;
import org.crepituslab.learn.LearnScreen;
import org.crepituslab.quiz.QuizScreen;
import org.crepituslab.tendon.TendonScreen;

/** The screen list: adding a screen is one line here. Only screens that are really built appear. */
public final class Screens {
    private static final List<Screen<?>> ALL = List.of(
            new LearnScreen(),
            new FacetScreen(),
            new TendonScreen(),
            new GrindingScreen(PopSound::examplePop),
            new QuizScreen());

    private Screens() {
    }

    public static List<Screen<?>> all() {
        return ALL;
    }

    public static Optional<Screen<?>> byId(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Every id the snapshot command accepts: "home" plus each screen. */
    public static List<String> ids() {
        java.util.ArrayList<String> ids = new java.util.ArrayList<>();
        ids.add("home");
        ALL.forEach(s -> ids.add(s.id()));
        return ids;
    }
}
