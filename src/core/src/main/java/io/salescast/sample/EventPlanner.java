package io.salescast.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Places one product's dated events inside its selling range: permanent price changes (and a
 * clearance markdown three weeks before a discontinuation), promotions (some aligned with the
 * festivals, never overlapping each other or the previous one's dip) and stock-outs.
 */
final class EventPlanner {

    /** Days of clearance pricing before a discontinuation. */
    static final int CLEARANCE_DAYS = 21;
    private static final double[] DISCOUNTS = {0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40};
    private static final int[] DISCOUNT_WEIGHTS = {2, 2, 3, 2, 2, 1, 1};

    private final LocalDate first;
    private final LocalDate last;
    private final int span;
    private final double years;
    private final SeededRandom r;

    /**
     * @param first first selling day in the data
     * @param last  last selling day in the data
     * @param r     the product's random stream
     */
    EventPlanner(LocalDate first, LocalDate last, SeededRandom r) {
        this.first = first;
        this.last = last;
        this.span = (int) ChronoUnit.DAYS.between(first, last) + 1;
        this.years = span / 365.25;
        this.r = r;
    }

    /** Permanent price changes at least 60 days apart, plus the clearance markdown. */
    List<PriceChange> priceChanges(double listPrice, LocalDate discontinued) {
        long n = r.poisson(0.45 * years);
        List<LocalDate> dates = new ArrayList<>();
        for (long i = 0; i < n && span > 60; i++) {
            dates.add(first.plusDays(r.integer(30, span - 15)));
        }
        dates.sort(Comparator.naturalOrder());
        LocalDate clearance = discontinued == null ? null : discontinued.minusDays(CLEARANCE_DAYS);
        List<PriceChange> out = new ArrayList<>();
        double price = listPrice;
        LocalDate previous = null;
        for (LocalDate d : dates) {
            boolean increase = r.chance(0.6);
            double factor = increase ? r.uniform(1.04, 1.15) : r.uniform(0.80, 0.95);
            double next = CatalogBuilder.roundToNinetyNine(price * factor);
            boolean tooClose = previous != null && ChronoUnit.DAYS.between(previous, d) < 60;
            boolean afterClearance = clearance != null && !d.isBefore(clearance.minusDays(30));
            if (tooClose || afterClearance || next == price) {
                continue;
            }
            out.add(new PriceChange(d, next, increase ? "increase" : "markdown"));
            price = next;
            previous = d;
        }
        if (clearance != null && clearance.isAfter(first)) {
            out.add(new PriceChange(clearance, CatalogBuilder.roundToNinetyNine(price * 0.7), "clearance"));
        }
        return out;
    }

    /**
     * Promotions: about {@code perYear} a year at random, plus (with a probability growing with
     * {@code perYear}) one around each festival peak. None overlaps another or its dip, and none
     * runs during a clearance.
     */
    List<Promotion> promotions(double perYear, int dipDays, LocalDate discontinued, DoubleUnaryOperator uplift) {
        LocalDate stop = discontinued == null ? last : discontinued.minusDays(CLEARANCE_DAYS + 1L);
        List<Promotion> accepted = new ArrayList<>();
        double festivalChance = 0.3 * perYear / 5.0;
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            for (Festival f : Festival.values()) {
                LocalDate peak = f.peakDate(year);
                if (!r.chance(festivalChance)) {
                    continue;
                }
                LocalDate start = peak.minusDays(r.integer(0, 3));
                LocalDate end = start.plusDays(r.integer(3, 7) - 1L);
                offer(accepted, start, end.isBefore(peak) ? peak : end, stop, dipDays, uplift);
            }
        }
        long n = Math.round(perYear * years * r.uniform(0.8, 1.2));
        for (long i = 0; i < n && span > 20; i++) {
            LocalDate start = first.plusDays(r.integer(7, span - 4));
            offer(accepted, start, start.plusDays(r.integer(3, 14) - 1L), stop, dipDays, uplift);
        }
        accepted.sort(Comparator.comparing(Promotion::start));
        return accepted;
    }

    private void offer(List<Promotion> accepted, LocalDate start, LocalDate end, LocalDate stop, int dipDays,
            DoubleUnaryOperator uplift) {
        double discount = discount();
        if (start.isBefore(first.plusDays(7)) || end.isAfter(stop)) {
            return;
        }
        int gap = dipDays + 3;
        for (Promotion p : accepted) {
            if (!(end.plusDays(gap).isBefore(p.start()) || p.end().plusDays(gap).isBefore(start))) {
                return;
            }
        }
        accepted.add(new Promotion(start, end, discount, uplift.applyAsDouble(discount)));
    }

    private double discount() {
        int total = 0;
        for (int w : DISCOUNT_WEIGHTS) {
            total += w;
        }
        int u = r.integer(0, total - 1);
        for (int i = 0; i < DISCOUNTS.length; i++) {
            u -= DISCOUNT_WEIGHTS[i];
            if (u < 0) {
                return DISCOUNTS[i];
            }
        }
        return DISCOUNTS[DISCOUNTS.length - 1];
    }

    /** Stock-outs of 2 to 12 days, about {@code perYear} a year, at least a week apart. */
    List<StockOut> stockOuts(double perYear) {
        long n = r.poisson(perYear * years);
        List<StockOut> out = new ArrayList<>();
        for (long i = 0; i < n && span > 30; i++) {
            LocalDate start = first.plusDays(r.integer(14, span - 3));
            LocalDate end = start.plusDays(r.integer(2, 12) - 1L);
            LocalDate e = end.isAfter(last) ? last : end;
            boolean clash = out.stream()
                    .anyMatch(s -> !(e.plusDays(7).isBefore(s.start()) || s.end().plusDays(7).isBefore(start)));
            if (!clash) {
                out.add(new StockOut(start, e));
            }
        }
        out.sort(Comparator.comparing(StockOut::start));
        return out;
    }
}
