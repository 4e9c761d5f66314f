package org.crepituslab.framework;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every colour of the app's chrome and plots, in one place, as (default, projector) pairs. The
 * stylesheet's looked-up colours ({@code -cl-bg} ...) are defined from these pairs on the root at
 * run time, so CSS and canvas drawing can never disagree. Series colours are the Okabe–Ito
 * colour-blind-safe set (Okabe & Ito 2008), so no meaning rests on red versus green alone.
 */
public final class AppColors {
    public static final ColorPair BACKGROUND = ColorPair.css("-cl-bg", "#fbfaf7", "#000000");
    public static final ColorPair PANEL = ColorPair.css("-cl-panel-fill", "#ffffff", "#101010");
    public static final ColorPair PANEL_BORDER = ColorPair.css("-cl-panel-border", "#d8d5cf", "#9a9a9a");
    public static final ColorPair TEXT = ColorPair.css("-cl-text", "#1f2328", "#ffffff");
    public static final ColorPair TEXT_MUTED = ColorPair.css("-cl-text-muted", "#4f5660", "#e6e6e6");
    public static final ColorPair ACCENT = ColorPair.css("-cl-accent", "#0072B2", "#56B4E9");
    public static final ColorPair ACCENT_TEXT = ColorPair.css("-cl-accent-text", "#ffffff", "#000000");
    public static final ColorPair NAV_FILL = ColorPair.css("-cl-nav-fill", "#18324a", "#000000");
    public static final ColorPair NAV_TEXT = ColorPair.css("-cl-nav-text", "#ffffff", "#ffffff");
    public static final ColorPair ALERT = ColorPair.css("-cl-alert", "#a33b00", "#ffb366");
    public static final ColorPair ALERT_FILL = ColorPair.css("-cl-alert-fill", "#fff1e6", "#2a1600");
    public static final ColorPair EMERGENCY = ColorPair.css("-cl-emergency", "#8a1c1c", "#ff9e9e");
    public static final ColorPair EMERGENCY_FILL = ColorPair.css("-cl-emergency-fill", "#fde8e8", "#330000");
    public static final ColorPair BENIGN = ColorPair.css("-cl-benign", "#005a8c", "#8fd3ff");
    public static final ColorPair BENIGN_FILL = ColorPair.css("-cl-benign-fill", "#e6f2fa", "#001a2a");
    public static final ColorPair FOCUS = ColorPair.css("-cl-focus", "#E69F00", "#F0E442");

    /** Plot grid lines and axes (canvas only). */
    public static final ColorPair GRID = ColorPair.canvas("#e3e1dc", "#3a3a3a");
    public static final ColorPair AXIS = ColorPair.canvas("#5b6169", "#e0e0e0");
    /** The alert colour of drawings (a warning marker on a canvas). */
    public static final ColorPair DRAWN_ALERT = ColorPair.canvas("#D55E00", "#ff9e40");

    /** Data series, in order. */
    public static final List<ColorPair> SERIES = List.of(
            ColorPair.canvas("#0072B2", "#56B4E9"), ColorPair.canvas("#D55E00", "#E69F00"),
            ColorPair.canvas("#009E73", "#2fd6a0"), ColorPair.canvas("#CC79A7", "#f0a8d0"),
            ColorPair.canvas("#E69F00", "#F0E442"), ColorPair.canvas("#56B4E9", "#ffffff"));

    private static final List<ColorPair> CSS = List.of(BACKGROUND, PANEL, PANEL_BORDER, TEXT, TEXT_MUTED, ACCENT,
            ACCENT_TEXT, NAV_FILL, NAV_TEXT, ALERT, ALERT_FILL, EMERGENCY, EMERGENCY_FILL, BENIGN, BENIGN_FILL, FOCUS);

    private AppColors() {
    }

    /** The looked-up colour definitions of a theme, as declarations. */
    public static String css(Theme theme) {
        return CSS.stream().map(p -> p.cssName() + ": " + p.hex(theme) + ";").collect(Collectors.joining(" "));
    }

    /**
     * A stylesheet defining every looked-up colour on {@code .root} (default) and {@code .root:projector},
     * as a data URI: added to every scene before the app's own sheet, it also reaches popups (tooltips,
     * menus), which take their owner's stylesheets but not its inline style.
     */
    public static String stylesheetUri() {
        String css = ".root { " + css(Theme.DEFAULT) + " }\n.root:projector { " + css(Theme.PROJECTOR) + " }\n";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
