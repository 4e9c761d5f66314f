package org.crepituslab.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crepituslab.facet.FacetScreen;
import org.crepituslab.facet.sound.PopSound;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.contract.Declarations;
import org.crepituslab.grinding.GrindingScreen;
import org.crepituslab.learn.LearnScreen;
import org.crepituslab.manipulation.ManipulationScreen;
import org.crepituslab.quiz.QuizScreen;
import org.crepituslab.tendon.TendonScreen;
import org.crepituslab.walking.WalkingScreen;

/**
 * The screen list: adding a screen is one line here. Everything else that needs to know the screens
 * (the quiz's contracts and sounds, {@code simulate}'s kinds, the string bundles) derives from it
 * through the declarations this class installs when it is first used.
 */
public final class Screens {
    private static final List<Screen<?>> ALL = List.of(
            new LearnScreen(),
            new FacetScreen(),
            new TendonScreen(),
            new GrindingScreen(PopSound::examplePop),
            new WalkingScreen(),
            new ManipulationScreen(),
            new QuizScreen());

    static {
        install(ALL);
    }

    private Screens() {
    }

    /** Makes sure the declarations are installed (the static initialiser does it once). */
    public static void ensureInstalled() {
        // loading the class ran the initialiser
    }

    /** Installs the declarations of these screens; tests use it to add a test-only screen. */
    public static void install(List<Screen<?>> screens) {
        Declarations.install(screens.stream().map(Screen::declaration).toList());
    }

    public static List<Screen<?>> all() {
        return ALL;
    }

    public static Optional<Screen<?>> byId(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Every id the snapshot command accepts: "home" plus each screen. */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        ids.add("home");
        ALL.forEach(s -> ids.add(s.id()));
        return ids;
    }
}
