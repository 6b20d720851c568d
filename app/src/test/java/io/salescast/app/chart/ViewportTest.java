package io.salescast.app.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ViewportTest {

    @Test
    void zoomKeepsAnchorInPlaceAndResetShowsAll() {
        Viewport v = new Viewport();
        v.setData(0, 1000);
        v.zoom(0.5, 250);
        assertThat(v.hi() - v.lo()).isCloseTo(500, within(1e-9));
        assertThat((250 - v.lo()) / (v.hi() - v.lo())).isCloseTo(0.25, within(1e-9));
        assertThat(v.isZoomed()).isTrue();
        v.reset();
        assertThat(v.lo()).isZero();
        assertThat(v.hi()).isEqualTo(1000);
        assertThat(v.isZoomed()).isFalse();
    }

    @Test
    void panStopsAtTheDataEnds() {
        Viewport v = new Viewport();
        v.setData(0, 100);
        v.zoomTo(10, 30);
        v.pan(-50);
        assertThat(v.lo()).isZero();
        assertThat(v.hi()).isEqualTo(20);
        v.pan(500);
        assertThat(v.hi()).isEqualTo(100);
        assertThat(v.lo()).isEqualTo(80);
    }

    @Test
    void cannotZoomOutBeyondDataNorInBelowMinimum() {
        Viewport v = new Viewport();
        v.setData(0, 1000);
        v.zoom(10, 500);
        assertThat(v.lo()).isZero();
        assertThat(v.hi()).isEqualTo(1000);
        for (int i = 0; i < 100; i++) {
            v.zoom(0.5, 500);
        }
        assertThat(v.hi() - v.lo()).isGreaterThanOrEqualTo(4);
    }
}
