package org.crepituslab.facet.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The pop's box and the pull's words go where they cover no label (pure geometry, no toolkit). */
class FreeSpotTest {
    @Test
    void theFirstClearWishIsTakenAndRemembered() {
        List<Rectangle2D> taken = new ArrayList<>(List.of(new Rectangle2D(0, 0, 200, 50)));
        List<Rectangle2D> wishes = List.of(new Rectangle2D(100, 20, 80, 30), new Rectangle2D(100, 120, 80, 30));
        Rectangle2D box = FreeSpot.choose(wishes, 400, 300, taken);
        assertEquals(new Rectangle2D(100, 120, 80, 30), box);
        assertEquals(0, FreeSpot.covered(box, List.of(new Rectangle2D(0, 0, 200, 50))));
        assertTrue(taken.contains(box), "later boxes keep clear of it too");
    }

    @Test
    void aWishOutsideTheDrawingIsMovedInside() {
        Rectangle2D box = FreeSpot.choose(List.of(new Rectangle2D(-50, 280, 80, 30)), 400, 300, new ArrayList<>());
        assertTrue(box.getMinX() >= 0 && box.getMaxY() <= 300, "inside: " + box);
    }

    @Test
    void withNoClearPlaceTheLeastCoveringOneIsChosen() {
        List<Rectangle2D> taken = new ArrayList<>(List.of(new Rectangle2D(0, 0, 400, 300)));
        List<Rectangle2D> wishes = List.of(new Rectangle2D(10, 10, 100, 100), new Rectangle2D(10, 10, 50, 50));
        assertEquals(50, FreeSpot.choose(wishes, 400, 300, taken).getWidth());
    }
}
