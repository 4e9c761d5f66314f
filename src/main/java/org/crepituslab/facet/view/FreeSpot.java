package org.crepituslab.facet.view;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where a box drawn over the joint goes: the first of the places it would like (in order) that lies
 * inside the drawing and clear of everything already written there, or, if none is clear, the one
 * that covers least of it. The labels are measured as they are drawn, so nothing is guessed.
 */
final class FreeSpot {
    private FreeSpot() {
    }

    /**
     * @param wishes the box at each place it may go, best first (moved inside the drawing if need be)
     * @param taken the boxes already drawn; the chosen box is added to it
     */
    static Rectangle2D choose(List<Rectangle2D> wishes, double width, double height, List<Rectangle2D> taken) {
        Rectangle2D best = null;
        double bestOverlap = Double.POSITIVE_INFINITY;
        for (Rectangle2D wish : wishes) {
            double x = Math.max(4, Math.min(width - wish.getWidth() - 4, wish.getMinX()));
            double y = Math.max(4, Math.min(height - wish.getHeight() - 4, wish.getMinY()));
            Rectangle2D box = new Rectangle2D(x, y, wish.getWidth(), wish.getHeight());
            double overlap = covered(box, taken);
            if (overlap < bestOverlap) {
                best = box;
                bestOverlap = overlap;
                if (overlap == 0) {
                    break;
                }
            }
        }
        taken.add(best);
        return best;
    }

    /** How much of the boxes in {@code taken} the box covers, px². */
    static double covered(Rectangle2D box, List<Rectangle2D> taken) {
        double overlap = 0;
        for (Rectangle2D t : taken) {
            overlap += overlap(box, t);
        }
        return overlap;
    }

    static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
