package eu.barrier.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.barrier.core.BarrierConfigurationException;
import eu.barrier.core.CoreError;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.databind.ObjectMapper;

/**
 * Fail-fast checks of how the host application put Jackson and Barrier together. A wrong set-up
 * is the developer's problem and is thrown as a {@link BarrierConfigurationException} that names
 * the fix, never reported as a problem of the document being read.
 */
final class JacksonSetup {

  /** Jackson 3.x needs jackson-annotations 2.(x + this) or newer: 3.1 → 2.21, 3.3 → 2.23. */
  static final int ANNOTATIONS_MINOR_OFFSET = 20;

  private static final String ANNOTATIONS_POM =
      "/META-INF/maven/com.fasterxml.jackson.core/jackson-annotations/pom.properties";

  /** Present in jackson-annotations 2.21 and later (the first for Jackson 3.1, the oldest LTS). */
  private static final String MARKER_CLASS = "com.fasterxml.jackson.annotation.JsonSerializeAs";

  private static volatile boolean annotationsChecked;

  private JacksonSetup() {}

  /**
   * Checks once per class loader that the jackson-annotations jar is recent enough for the
   * Jackson databind beside it.
   *
   * @throws BarrierConfigurationException if it is older, naming both versions and the fix
   */
  static void requireAnnotations() {
    if (annotationsChecked) {
      return;
    }
    Version databind = tools.jackson.databind.cfg.PackageVersion.VERSION;
    String found = annotationsVersion();
    if (found == null) {
      requireMarker(databind);
    } else {
      requireAnnotations(found, databind.getMajorVersion(), databind.getMinorVersion());
    }
    annotationsChecked = true;
  }

  /**
   * Checks a jackson-annotations version against a Jackson 3 databind version.
   *
   * @param annotations the version of jackson-annotations, for example {@code 2.23} or {@code 2.17.2}
   * @param databindMajor the major version of jackson-databind, 3
   * @param databindMinor its minor version
   * @throws BarrierConfigurationException if the annotations are too old
   */
  static void requireAnnotations(String annotations, int databindMajor, int databindMinor) {
    int needed = databindMinor + ANNOTATIONS_MINOR_OFFSET;
    int[] parts = majorMinor(annotations);
    if (parts == null || databindMajor != 3) {
      return; // an unknown versioning scheme: nothing to compare, the marker check has run
    }
    if (parts[0] < 2 || (parts[0] == 2 && parts[1] < needed)) {
      throw tooOld(annotations, databindMajor + "." + databindMinor, "2." + needed);
    }
  }

  private static void requireMarker(Version databind) {
    try {
      Class.forName(MARKER_CLASS, false, JsonInclude.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      String needed = "2." + (databind.getMinorVersion() + ANNOTATIONS_MINOR_OFFSET);
      throw tooOld("older than 2.21", databind.getMajorVersion() + "." + databind.getMinorVersion(), needed);
    }
  }

  private static BarrierConfigurationException tooOld(String found, String databind, String needed) {
    return new BarrierConfigurationException(
        CoreError.CONFIG_JACKSON_ANNOTATIONS_TOO_OLD,
        "jackson-annotations " + found + " is on the class path, but Jackson databind " + databind
            + " (tools.jackson) needs " + needed + " or newer. Jackson 3 shares the 2.x annotations jar"
            + " (com.fasterxml.jackson.core:jackson-annotations) with Jackson 2, and Maven took the older"
            + " one, usually from a Jackson 2 or Spring Boot 3 BOM. Fix: import eu.barrier:barrier-bom"
            + " (type pom, scope import) in dependencyManagement before any other BOM, or pin"
            + " com.fasterxml.jackson.core:jackson-annotations to " + needed
            + "; Jackson 2 works with the newer annotations. See the README, \"Using it\".",
        null);
  }

  /**
   * The version of the jar that holds {@link JsonInclude}: from its manifest when the manifest is
   * Jackson's, else from the Maven properties in that same jar, else {@code null} (unknown: the
   * marker check decides alone). Nothing is read from another jar: where the annotations are
   * relocated into an application's own jar (a shaded Spark job) and another jackson-annotations
   * sits earlier on the class path, its version says nothing about the annotations Barrier uses.
   */
  private static String annotationsVersion() {
    Package p = JsonInclude.class.getPackage();
    String version = p == null ? null : p.getImplementationVersion();
    String title = p == null ? null : p.getImplementationTitle();
    if (version != null && !version.isBlank() && title != null
        && title.toLowerCase(Locale.ROOT).contains("jackson")) {
      return version.trim();
    }
    URL pom = JsonInclude.class.getResource(ANNOTATIONS_POM);
    if (pom == null || !sameArchive(JsonInclude.class.getResource("JsonInclude.class"), pom)) {
      return null;
    }
    try (InputStream in = pom.openStream()) {
      Properties properties = new Properties();
      properties.load(in);
      String fromPom = properties.getProperty("version");
      return fromPom == null || fromPom.isBlank() ? null : fromPom.trim();
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether two resources are entries of the same jar ({@code jar:…!/}); else {@code false}. */
  static boolean sameArchive(URL a, URL b) {
    if (a == null || b == null) {
      return false;
    }
    String x = a.toString();
    String y = b.toString();
    int i = x.indexOf("!/");
    int j = y.indexOf("!/");
    return i > 0 && j > 0 && x.substring(0, i).equals(y.substring(0, j));
  }

  /** The first two numbers of a version, or {@code null} if it does not start with them. */
  private static int[] majorMinor(String version) {
    String[] parts = version.split("[.-]", 3);
    if (parts.length < 2) {
      return null;
    }
    try {
      return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Checks that Jackson may bind a type by reflection: in a named module, the type's package
   * must be opened to Jackson databind. Types of the JDK's own modules are bound without
   * reflection on them and are not checked.
   *
   * @param type the type to be read
   * @throws BarrierConfigurationException if the package is not opened, naming the fix
   */
  static void requireOpen(Class<?> type) {
    Class<?> c = type;
    while (c.isArray()) {
      c = c.getComponentType();
    }
    if (c.isPrimitive()) {
      return;
    }
    Module module = c.getModule();
    if (!module.isNamed() || module.getName().startsWith("java.") || module.getName().startsWith("jdk.")) {
      return;
    }
    requireOpen(module, c.getPackageName(), ObjectMapper.class.getModule());
  }

  /**
   * Checks that {@code module} opens {@code packageName} to {@code jackson}.
   *
   * @param module the module of the type
   * @param packageName the type's package
   * @param jackson Jackson databind's module
   * @throws BarrierConfigurationException if it does not
   */
  static void requireOpen(Module module, String packageName, Module jackson) {
    if (!module.isOpen(packageName, jackson)) {
      throw notOpen(module.getName(), packageName, null);
    }
  }

  /**
   * The configuration error for a package that reflection could not enter.
   *
   * @param moduleName the module, or {@code null} if unknown
   * @param packageName the package, or {@code null} if unknown
   * @param cause the failure, or {@code null}
   * @return the exception to throw
   */
  static BarrierConfigurationException notOpen(String moduleName, String packageName, Throwable cause) {
    String pkg = packageName == null ? "the package of the type" : packageName;
    String mod = moduleName == null ? "your module" : "module " + moduleName;
    return new BarrierConfigurationException(
        CoreError.CONFIG_PACKAGE_NOT_OPEN,
        pkg + " in " + mod + " is not opened to tools.jackson.databind, so Jackson cannot bind its"
            + " types from JSON; no document of this type can be read, valid or not. Fix: add \"opens "
            + pkg + " to tools.jackson.databind, org.hibernate.validator;\" to " + mod
            + "'s module-info.java (Hibernate Validator needs it for Boundary's constraints).",
        cause);
  }
}
