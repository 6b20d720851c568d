package io.salescast.series;

import io.salescast.ingest.RawColumn;
import io.salescast.ingest.RawTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A first guess of the column mapping from column names and types, for a user to confirm: the
 * first date column, a numeric column named like units or quantity as target, columns named
 * like store or sku as keys, other numeric columns as covariates (prices, promo flags...) and
 * text columns as static attributes; identifiers (order_id) and columns derived from the target
 * (revenue) are ignored. Wide sheets (period columns) map to {@link Columns#DS}.
 */
public final class MappingSuggestion {

    private static final Pattern TARGET = Pattern.compile("(?i).*(units|unit_sales|qty|quantity|sold|sales|demand|menge|cantidad|^y$|amount).*");
    private static final Pattern STORE = Pattern.compile("(?i)(store|shop|warehouse|location|channel|region|filiale)(_?id|_?code)?");
    private static final Pattern ITEM = Pattern.compile("(?i)(sku|item|product|article|artikel|ean|upc|asin|unique_id|series|id)(_?id|_?code|_?no)?");

    /** Revenue is units times price: a covariate made of the target would leak it. */
    private static final Pattern TARGET_DERIVED = Pattern.compile("(?i).*(revenue|turnover|umsatz|gross|net_sales|sales_amount).*");
    private static final Pattern ID_LIKE = Pattern.compile("(?i).*(_id|id|_no|number|nr|code|ean)$");

    private MappingSuggestion() {
    }

    /** The suggested mapping, or empty when no numeric column could be the target. */
    public static Optional<ColumnMapping> suggest(RawTable table) {
        boolean wide = table.columns().stream().noneMatch(c -> c.type().isTemporal()) && WideToLong.isWide(table);
        java.util.Set<String> periodCols = wide ? WideToLong.periodColumns(table).keySet() : java.util.Set.of();
        String date = null;
        List<String> keys = new ArrayList<>();
        String target = wide ? "units" : null;
        List<RawColumn> rest = new ArrayList<>();
        for (RawColumn c : table.columns()) {
            String n = c.name().trim().toLowerCase(Locale.ROOT);
            if (periodCols.contains(c.name())) {
                continue;
            }
            if (c.type().isTemporal() && date == null) {
                date = c.name();
            } else if (STORE.matcher(n).matches() || ITEM.matcher(n).matches()) {
                keys.add(c.name());
            } else if (target == null && c.type().isNumeric() && TARGET.matcher(n).matches() && !n.contains("revenue")) {
                target = c.name();
            } else {
                rest.add(c);
            }
        }
        if (target == null) {
            return Optional.empty();
        }
        keys.sort((a, b) -> Boolean.compare(!STORE.matcher(a.toLowerCase(Locale.ROOT)).matches(), !STORE.matcher(b.toLowerCase(Locale.ROOT)).matches()));
        List<String> covariates = new ArrayList<>();
        List<String> attributes = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (RawColumn c : rest) {
            if (ID_LIKE.matcher(c.name().trim()).matches() || TARGET_DERIVED.matcher(c.name().trim()).matches()) {
                ignored.add(c.name());
                continue;
            }
            if (c.type().isNumeric()) {
                covariates.add(c.name());
            } else if (c.type().isText()) {
                attributes.add(c.name());
            }
        }
        return Optional.of(new ColumnMapping(wide ? Columns.DS : date, target, keys, covariates, attributes, ignored));
    }
}
