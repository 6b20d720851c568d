package io.salescast.installer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Removes native libraries of other platforms from the jars bundled in an installer, so that a
 * Linux x86-64 package carries no Windows, macOS or ARM binaries (XGBoost, JNA...) and the other
 * way round.
 *
 * <p>A build tool, run by {@code installer/build-package.sh} with the JDK's source launcher (so it
 * needs nothing but this file):
 * <pre>
 *   java StripNatives.java DIR PLATFORM            strip the jars in DIR (and its sub-folders)
 *   java StripNatives.java --check DIR PLATFORM    exit 1 if a jar in DIR still holds a foreign library
 * </pre>
 * PLATFORM is {@code linux-x86_64}, {@code linux-arm64}, {@code windows-x86_64},
 * {@code macosx-x86_64} or {@code macosx-arm64}. It reports on standard output because it is a
 * command-line tool of the build, not part of the application.
 */
public final class StripNatives {

    private static final Pattern NATIVE = Pattern.compile(".*\\.(so(\\.[0-9]+)*|dll|dylib|jnilib)$");
    private static final Pattern SEPARATORS = Pattern.compile("[/\\\\._-]+");
    private static final Set<String> LINUX = Set.of("linux");
    private static final Set<String> WINDOWS = Set.of("windows", "win32", "win64", "win");
    private static final Set<String> MACOS = Set.of("macosx", "macos", "darwin", "osx", "mac");
    private static final Set<String> OTHER_OS = Set.of("freebsd", "openbsd", "netbsd", "dragonflybsd", "sunos",
            "solaris", "aix", "android", "ios");
    private static final Set<String> ARCHS = Set.of("amd64", "arm64", "x86", "i386", "i486", "i586", "i686",
            "arm", "armv6", "armv7", "armv7l", "armhf", "armel", "ppc", "ppc64", "ppc64le", "powerpc", "s390x",
            "mips", "mips64", "mips64el", "mipsel", "sparc", "sparcv9", "riscv64", "loongarch64");

    private StripNatives() {
    }

    /**
     * An operating system and processor family an installer is built for.
     *
     * @param os   {@code linux}, {@code windows} or {@code macosx}
     * @param arch {@code amd64} (x86-64) or {@code arm64} (AArch64)
     */
    public record Platform(String os, String arch) {

        /** Parses {@code linux-x86_64}, {@code macosx-arm64}, {@code windows-x86_64}... */
        public static Platform parse(String text) {
            String[] parts = text.toLowerCase(Locale.ROOT).split("-", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("platform must look like linux-x86_64, not " + text);
            }
            String os = switch (parts[0]) {
                case "linux" -> "linux";
                case "windows", "win" -> "windows";
                case "macosx", "macos", "mac", "darwin" -> "macosx";
                default -> throw new IllegalArgumentException("unknown operating system in " + text);
            };
            String arch = switch (parts[1]) {
                case "x86_64", "x86-64", "amd64", "x64" -> "amd64";
                case "arm64", "aarch64" -> "arm64";
                default -> throw new IllegalArgumentException("unknown processor in " + text);
            };
            return new Platform(os, arch);
        }
    }

    /**
     * True when a jar entry is a native library that names an operating system or processor other
     * than the target's. Entries naming no platform at all (JavaFX keeps its libraries at the jar's
     * root, and its jars are per platform already) are kept, and so are libraries of the target OS
     * that name no processor (universal macOS binaries).
     */
    public static boolean isForeignNative(String entry, Platform target) {
        String lower = entry.toLowerCase(Locale.ROOT);
        if (!NATIVE.matcher(lower).matches()) {
            return false;
        }
        String normalised = lower.replaceAll("x86[-_]64", "amd64").replace("aarch64", "arm64").replace("x64", "amd64");
        List<String> tokens = List.of(SEPARATORS.split(normalised));
        String os = null;
        for (String t : tokens) {
            if (LINUX.contains(t)) {
                os = "linux";
            } else if (WINDOWS.contains(t)) {
                os = "windows";
            } else if (MACOS.contains(t)) {
                os = "macosx";
            } else if (OTHER_OS.contains(t)) {
                os = t;
            }
        }
        if (os == null) {
            return false;
        }
        if (!os.equals(target.os())) {
            return true;
        }
        if (tokens.contains(target.arch())) {
            return false;
        }
        return tokens.stream().anyMatch(ARCHS::contains);
    }

    /**
     * Rewrites a jar without its foreign native libraries (left untouched when it has none).
     *
     * @return the uncompressed bytes removed
     */
    public static long strip(Path jar, Platform target) throws IOException {
        if (foreignEntries(jar, target).isEmpty()) {
            return 0;
        }
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        long removed = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (isForeignNative(e.getName(), target)) {
                    removed += in.transferTo(OutputStream.nullOutputStream());
                    continue;
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        return removed;
    }

    /** The foreign native libraries in a jar. */
    public static List<String> foreignEntries(Path jar, Platform target) throws IOException {
        List<String> found = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().map(ZipEntry::getName).filter(n -> isForeignNative(n, target)).forEach(found::add);
        }
        return found;
    }

    /** The jars under a folder, sorted. */
    static List<Path> jars(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".jar") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /** Command line: see the class description. */
    public static void main(String[] args) throws IOException {
        boolean check = args.length == 3 && args[0].equals("--check");
        if (args.length != 2 && !check) {
            System.err.println("usage: java StripNatives.java [--check] <dir-of-jars> <platform>");
            System.exit(2);
        }
        Path dir = Path.of(args[check ? 1 : 0]);
        Platform target = Platform.parse(args[check ? 2 : 1]);
        if (check) {
            int bad = 0;
            for (Path jar : jars(dir)) {
                for (String entry : foreignEntries(jar, target)) {
                    System.out.println("foreign native library: " + jar.getFileName() + "!/" + entry);
                    bad++;
                }
            }
            System.out.println(bad == 0 ? "no foreign native libraries" : bad + " foreign native libraries");
            System.exit(bad == 0 ? 0 : 1);
        }
        long saved = 0;
        for (Path jar : jars(dir)) {
            long removed = strip(jar, target);
            if (removed > 0) {
                System.out.printf(Locale.ROOT, "%s: -%.1f MB%n", jar.getFileName(), removed / 1e6);
            }
            saved += removed;
        }
        System.out.printf(Locale.ROOT, "removed %.1f MB (uncompressed) of other platforms' native libraries%n", saved / 1e6);
    }
}
