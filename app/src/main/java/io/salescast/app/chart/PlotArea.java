package io.salescast.app.chart;

/**
 * Where the plot sits on the canvas and which data range it shows; maps between the two.
 *
 * @param left   left edge in pixels
 * @param top    top edge
 * @param width  plot width
 * @param height plot height
 * @param x0     data x at the left edge
 * @param x1     data x at the right edge
 * @param y0     data y at the bottom edge
 * @param y1     data y at the top edge
 */
public record PlotArea(double left, double top, double width, double height, double x0, double x1, double y0, double y1) {

    /** Pixel x of data x. */
    public double px(double x) {
        return left + (x - x0) / (x1 - x0) * width;
    }

    /** Pixel y of data y. */
    public double py(double y) {
        return top + height - (y - y0) / (y1 - y0) * height;
    }

    /** Data x of pixel x. */
    public double dataX(double px) {
        return x0 + (px - left) / width * (x1 - x0);
    }

    /** Whether a pixel lies inside the plot. */
    public boolean contains(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }
}
