package io.salescast.app.viewmodel;

import java.util.Locale;

/**
 * Recognises what a covariate means from its name, so charts can mark it: a price is drawn as a
 * line, a promotion or discount as shaded stretches, a stock-out as markers.
 */
public final class CovariateRoles {

    /** How a covariate is shown. */
    public enum Role { PRICE, PROMOTION, STOCKOUT, IN_STOCK, OTHER }

    private CovariateRoles() {
    }

    /** The role of a covariate named {@code name}. */
    public static Role of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("stockout") || n.contains("stock_out") || n.contains("out_of_stock") || n.equals("oos")) {
            return Role.STOCKOUT;
        }
        if (n.contains("in_stock") || n.contains("instock") || n.contains("available") || n.contains("availability")) {
            return Role.IN_STOCK;
        }
        if (n.contains("promo") || n.contains("discount") || n.contains("campaign") || n.contains("deal")) {
            return Role.PROMOTION;
        }
        if (n.contains("price")) {
            return Role.PRICE;
        }
        return Role.OTHER;
    }

    /** Whether a value of a covariate with {@code role} means "out of stock" / "on promotion". */
    public static boolean flagged(Role role, double v) {
        if (Double.isNaN(v)) {
            return false;
        }
        return switch (role) {
            case STOCKOUT, PROMOTION -> v > 0;
            case IN_STOCK -> v <= 0;
            default -> false;
        };
    }
}
