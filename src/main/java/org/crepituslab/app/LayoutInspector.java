package org.crepituslab.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/**
 * Looks at a laid-out scene as a student at the back of the room would: every text that is cut
 * short (an ellipsis the layout forced), lies partly off the window, or overlaps another text, and
 * every region a screen needs on show that cannot be seen without scrolling.
 */
public final class LayoutInspector {
    /** Overlaps smaller than this (px²) are anti-aliasing neighbours, not a collision. */
    private static final double MIN_OVERLAP_PX2 = 6;
    private static final double EDGE_TOLERANCE_PX = 1;

    private LayoutInspector() {
    }

    /** One text or region that fails, in words a developer can find it by. */
    public record Finding(String kind, String what) {
        @Override
        public String toString() {
            return kind + ": " + what;
        }
    }

    public static List<Finding> inspect(Scene scene, List<Node> required) {
        List<Finding> out = new ArrayList<>();
        List<Node> texts = new ArrayList<>();
        collect(scene.getRoot(), texts);
        double w = scene.getWidth();
        double h = scene.getHeight();
        for (Node n : texts) {
            String name = describe(n);
            if (n instanceof Labeled l && isCut(l)) {
                out.add(new Finding("clipped", name));
            }
            Bounds b = n.localToScene(n.getLayoutBounds());
            if (!insideScroller(n) && (b.getMinX() < -EDGE_TOLERANCE_PX || b.getMinY() < -EDGE_TOLERANCE_PX
                    || b.getMaxX() > w + EDGE_TOLERANCE_PX || b.getMaxY() > h + EDGE_TOLERANCE_PX)) {
                out.add(new Finding("off-screen", name + " at " + rect(b)));
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Node a = texts.get(i);
                Node c = texts.get(j);
                double overlap = overlap(visibleBounds(a), visibleBounds(c));
                if (overlap > MIN_OVERLAP_PX2) {
                    out.add(new Finding("overlapping", describe(a) + " and " + describe(c)));
                }
            }
        }
        for (Node r : required) {
            if (!isShowing(r) || !fullyInView(r, w, h)) {
                out.add(new Finding("not visible", describe(r) + " must be visible without scrolling"));
            }
        }
        return out;
    }

    /** Leaf texts on show: labels (not their inner Text) and free Text nodes with something to say. */
    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        if (n instanceof Labeled l) {
            if (l.getText() != null && !l.getText().isBlank() && l.getWidth() > 0) {
                out.add(n);
            }
            return; // its graphic and inner Text belong to it
        }
        if (n instanceof Text t && t.getText() != null && !t.getText().isBlank()) {
            out.add(n);
            return;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    /** The label shows less than its text: the skin put an ellipsis where the text did not fit. */
    private static boolean isCut(Labeled l) {
        Node inner = l.lookup(".text");
        if (inner instanceof Text shown) {
            String full = l.getText().replace('\n', ' ').strip();
            String visible = shown.getText().replace('\n', ' ').strip();
            return !visible.equals(full) && visible.endsWith(l.getEllipsisString());
        }
        return false;
    }

    private static boolean insideScroller(Node n) {
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane) {
                return true;
            }
        }
        return false;
    }

    /** Scene bounds cut to every scroll viewport the node sits in. */
    private static Bounds visibleBounds(Node n) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                Bounds v = sp.localToScene(sp.getLayoutBounds());
                b = intersect(b, v);
            }
        }
        return b;
    }

    private static boolean isShowing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static boolean fullyInView(Node n, double w, double h) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        Bounds v = visibleBounds(n);
        double area = b.getWidth() * b.getHeight();
        return area > 0 && b.getMinX() >= -EDGE_TOLERANCE_PX && b.getMinY() >= -EDGE_TOLERANCE_PX
                && b.getMaxX() <= w + EDGE_TOLERANCE_PX && b.getMaxY() <= h + EDGE_TOLERANCE_PX
                && v != null && v.getWidth() * v.getHeight() >= 0.9 * area;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        if (a == null || b == null) {
            return null;
        }
        double x0 = Math.max(a.getMinX(), b.getMinX());
        double y0 = Math.max(a.getMinY(), b.getMinY());
        double x1 = Math.min(a.getMaxX(), b.getMaxX());
        double y1 = Math.min(a.getMaxY(), b.getMaxY());
        return x1 <= x0 || y1 <= y0 ? null : new BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }

    private static double overlap(Bounds a, Bounds b) {
        Bounds i = intersect(a, b);
        return i == null ? 0 : i.getWidth() * i.getHeight();
    }

    private static String rect(Bounds b) {
        return String.format(Locale.ROOT, "(%.0f,%.0f %.0fx%.0f)", b.getMinX(), b.getMinY(), b.getWidth(),
                b.getHeight());
    }

    static String describe(Node n) {
        String id = n.getId() != null ? "#" + n.getId() : n.getClass().getSimpleName();
        String text = n instanceof Labeled l ? l.getText() : n instanceof Text t ? t.getText() : null;
        if (text != null) {
            String one = text.replace('\n', ' ');
            return id + " \"" + (one.length() > 40 ? one.substring(0, 40) + "\u2026" : one) + "\"";
        }
        return id;
    }
}
