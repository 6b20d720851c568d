package io.salescast.project;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Versions of the libraries a run used, read from jar metadata. */
final class Libraries {

    private Libraries() {
    }

    static Map<String, String> versions() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("salescast", salescast());
        out.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        out.put("tribuo", org.tribuo.Tribuo.VERSION);
        out.put("xgboost4j", pomVersion("ml.dmlc", "xgboost4j_2.12"));
        out.put("jackson", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
        return out;
    }

    static String salescast() {
        String v = Libraries.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    private static String pomVersion(String group, String artifact) {
        String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = ml.dmlc.xgboost4j.java.XGBoost.class.getResourceAsStream(path)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
