package org.crepituslab.framework;

/**
 * The one place metres become pixels: a uniform scale plus an offset, with y pointing up in the
 * model and down on screen.
 */
public final class ModelViewTransform {
    private final double pixelsPerMetre;
    private final double originX;
    private final double originY;

    /** @param originX view x of model x = 0; @param originY view y of model y = 0. */
    public ModelViewTransform(double pixelsPerMetre, double originX, double originY) {
        if (!(pixelsPerMetre > 0) || !Double.isFinite(pixelsPerMetre)) {
            throw new IllegalArgumentException("pixelsPerMetre must be positive and finite: " + pixelsPerMetre);
        }
        this.pixelsPerMetre = pixelsPerMetre;
        this.originX = originX;
        this.originY = originY;
    }

    /** Fits a model rectangle [minX,maxX]×[minY,maxY] (metres) centred into a view of w×h pixels. */
    public static ModelViewTransform fit(double minX, double maxX, double minY, double maxY,
                                         double viewWidth, double viewHeight) {
        double scale = Math.min(viewWidth / (maxX - minX), viewHeight / (maxY - minY));
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        return new ModelViewTransform(scale, viewWidth / 2 - cx * scale, viewHeight / 2 + cy * scale);
    }

    public double pixelsPerMetre() {
        return pixelsPerMetre;
    }

    public double toViewX(double x) {
        return originX + x * pixelsPerMetre;
    }

    public double toViewY(double y) {
        return originY - y * pixelsPerMetre;
    }

    public double toViewDistance(double metres) {
        return metres * pixelsPerMetre;
    }

    public double toModelX(double px) {
        return (px - originX) / pixelsPerMetre;
    }

    public double toModelY(double py) {
        return (originY - py) / pixelsPerMetre;
    }

    public double toModelDistance(double pixels) {
        return pixels / pixelsPerMetre;
    }
}
