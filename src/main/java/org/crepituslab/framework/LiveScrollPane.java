package org.crepituslab.framework;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * A scroll pane for content that changes every frame. The default skin caches its viewport as a
 * bitmap, which helps scrolling static content but makes every animated frame re-render the whole
 * viewport into the cache and copy it out, instead of only the parts that changed: measured as
 * 61 → 48 ms of rendering per frame on the grinding screen at 1920×1080 (doc/BENCHMARKS.md).
 */
public class LiveScrollPane extends ScrollPane {
    public LiveScrollPane(Node content) {
        super(content);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        ScrollPaneSkin skin = new ScrollPaneSkin(this);
        for (Node child : skin.getChildren()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
        return skin;
    }

    /** True when the viewport is drawn directly (for tests). */
    public boolean isViewportCached() {
        return lookupAll(".viewport").stream().anyMatch(Node::isCache);
    }
}
