package io.salescast.report;

import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;

/**
 * Chart data that live in workbook cells, with the values also kept in memory for the chart's
 * cache. Declaring them a cell range stops POI's XDDF from copying every series into a private
 * embedded workbook per chart (slow and useless here: the cells already exist on a data sheet).
 */
final class RangeData {

    private RangeData() {
    }

    /** Numbers in a column range; null entries are missing points. */
    static XDDFNumericalDataSource<Double> numbers(Double[] values, String range, int col) {
        return new Numbers(values, range, col);
    }

    /** Text labels in a column range. */
    static XDDFCategoryDataSource labels(String[] values, String range, int col) {
        return new Labels(values, range, col);
    }

    private static final class Numbers implements XDDFNumericalDataSource<Double> {
        private final Double[] values;
        private final String range;
        private final int col;
        private String formatCode;

        Numbers(Double[] values, String range, int col) {
            this.values = values.clone();
            this.range = range;
            this.col = col;
        }

        @Override
        public int getPointCount() {
            return values.length;
        }

        @Override
        public Double getPointAt(int index) {
            return values[index];
        }

        @Override
        public boolean isCellRange() {
            return true;
        }

        @Override
        public boolean isReference() {
            return true;
        }

        @Override
        public boolean isNumeric() {
            return true;
        }

        @Override
        public int getColIndex() {
            return col;
        }

        @Override
        public String getDataRangeReference() {
            return range;
        }

        @Override
        public String getFormatCode() {
            return formatCode;
        }

        @Override
        public void setFormatCode(String formatCode) {
            this.formatCode = formatCode;
        }
    }

    private static final class Labels implements XDDFCategoryDataSource {
        private final String[] values;
        private final String range;
        private final int col;

        Labels(String[] values, String range, int col) {
            this.values = values.clone();
            this.range = range;
            this.col = col;
        }

        @Override
        public int getPointCount() {
            return values.length;
        }

        @Override
        public String getPointAt(int index) {
            return values[index];
        }

        @Override
        public boolean isCellRange() {
            return true;
        }

        @Override
        public int getColIndex() {
            return col;
        }

        @Override
        public String getDataRangeReference() {
            return range;
        }

        @Override
        public String getFormatCode() {
            return null;
        }
    }
}
