import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Removes native libraries of other platforms from jars bundled in an installer, so that a Linux
 * package carries no Windows/macOS binaries (and the other way round). Run with the JDK's
 * single-file launcher: {@code java StripNatives.java <dir-of-jars> <platform>}, where platform is
 * linux-x86_64, windows-x86_64, macosx-x86_64 or macosx-arm64. Prints what it removed.
 */
public final class StripNatives {

    private static final Set<String> NATIVE_SUFFIXES = Set.of(".so", ".dll", ".dylib", ".jnilib");

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java StripNatives.java <dir-of-jars> <platform>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        String platform = args[1];
        long saved = 0;
        try (var jars = Files.list(dir)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                saved += strip(jar, platform);
            }
        }
        System.out.printf(Locale.ROOT, "removed %.1f MB of other platforms' native libraries%n", saved / 1e6);
    }

    private static long strip(Path jar, String platform) throws IOException {
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        long removed = 0;
        boolean changed = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (isForeignNative(e.getName(), platform)) {
                    removed += in.transferTo(OutputStream.nullOutputStream());
                    changed = true;
                    continue;
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        if (changed) {
            Files.move(tmp, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.printf(Locale.ROOT, "%s: -%.1f MB%n", jar.getFileName(), removed / 1e6);
        } else {
            Files.delete(tmp);
        }
        return removed;
    }

    /** A native library whose path names an OS/architecture other than the target one. */
    static boolean isForeignNative(String name, String platform) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (NATIVE_SUFFIXES.stream().noneMatch(lower::endsWith)) {
            return false;
        }
        String[] parts = platform.split("-");
        String os = parts[0];
        String arch = parts[1];
        boolean mentionsOs = lower.contains("linux") || lower.contains("windows") || lower.contains("win32")
                || lower.contains("macos") || lower.contains("darwin") || lower.contains("osx");
        if (!mentionsOs) {
            return false;
        }
        boolean ours = switch (os) {
            case "linux" -> lower.contains("linux");
            case "windows" -> lower.contains("windows") || lower.contains("win32");
            default -> lower.contains("macos") || lower.contains("darwin") || lower.contains("osx");
        };
        if (!ours) {
            return true;
        }
        boolean otherArch = arch.equals("x86_64")
                ? lower.contains("aarch64") || lower.contains("arm64")
                : lower.contains("x86_64") || lower.contains("amd64");
        return otherArch;
    }
}
