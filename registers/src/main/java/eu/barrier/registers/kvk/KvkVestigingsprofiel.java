package eu.barrier.registers.kvk;

import eu.barrier.core.BarrierException;
import eu.barrier.core.id.BagId;
import eu.barrier.core.id.NlEstablishmentNumber;
import eu.barrier.core.id.NlKvkNumber;
import eu.barrier.core.id.NlRsin;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.json.JsonLimits;
import eu.barrier.registers.RegisterFormatException;
import eu.barrier.registers.RegisterProblem;
import eu.barrier.registers.RegistersError;
import eu.barrier.registers.sector.CodeList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;

/**
 * Reads the JSON of the KvK <em>API Vestigingsprofiel</em> ({@code GET
 * /v1/vestigingsprofielen/{vestigingsnummer}}, OpenAPI description version 1.3): one {@code
 * Vestiging} object, or an array of them (a vendor's batch). Fields read: {@code vestigingsnummer},
 * {@code kvkNummer}, {@code rsin}, {@code eersteHandelsnaam}, {@code indHoofdvestiging}, {@code
 * indCommercieleVestiging}, {@code formeleRegistratiedatum}, {@code adressen} (with {@code geoData}
 * BAG ids) and {@code sbiActiviteiten}; the other fields of the description are accepted and not
 * used; a field the description does not have is reported, not fatal.
 *
 * <p>Failure type: {@link RegisterFormatException}, code {@code BARRIER-REG-0301} when the document
 * is not JSON within limits (16 MiB), {@code BARRIER-REG-0302} listing every establishment that lacks
 * a required field or has one of the wrong form (by JSON Pointer, never the value).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class KvkVestigingsprofiel {

  private static final Set<String> VESTIGING = Set.of("vestigingsnummer", "kvkNummer", "rsin", "indNonMailing",
      "formeleRegistratiedatum", "materieleRegistratie", "eersteHandelsnaam", "indHoofdvestiging",
      "indCommercieleVestiging", "voltijdWerkzamePersonen", "totaalWerkzamePersonen", "deeltijdWerkzamePersonen",
      "adressen", "websites", "sbiActiviteiten", "links", "_links", "handelsnamen");

  private KvkVestigingsprofiel() {}

  /**
   * The establishments read and the problems found in fields that are not used.
   *
   * @param establishments the establishments, in document order
   * @param warnings unknown fields, by JSON Pointer
   */
  public record Result(List<KvkEstablishment> establishments, List<RegisterProblem> warnings) {}

  /**
   * Reads a document whose SBI codes are SBI 2008, as the description says.
   *
   * @param json the document, UTF-8
   * @param file the file name, for problems
   * @return the establishments
   * @throws RegisterFormatException see the class comment
   */
  public static Result read(byte[] json, String file) {
    return read(json, file, CodeList.SBI_2008);
  }

  /**
   * Reads a document.
   *
   * @param json the document, UTF-8
   * @param file the file name, for problems
   * @param sbi the SBI version of the codes: {@link CodeList#SBI_2008} or {@link CodeList#SBI_2025}
   * @return the establishments
   * @throws RegisterFormatException see the class comment
   */
  public static Result read(byte[] json, String file, CodeList sbi) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(file, "file");
    if (sbi != CodeList.SBI_2008 && sbi != CodeList.SBI_2025) {
      throw new IllegalArgumentException("sbi must be SBI_2008 or SBI_2025");
    }
    JsonNode root;
    try {
      root = BarrierJson.create(JsonLimits.defaults()).read(json, JsonNode.class);
    } catch (BarrierException e) {
      throw new RegisterFormatException(List.of(new RegisterProblem(file, 0, "", RegistersError.KVK_JSON,
          "not a JSON document within limits [" + e.code() + "]")), null);
    }
    List<RegisterProblem> problems = new ArrayList<>();
    List<RegisterProblem> warnings = new ArrayList<>();
    List<KvkEstablishment> out = new ArrayList<>();
    if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        one(root.get(i), "/" + i, file, sbi, out, problems, warnings);
      }
    } else {
      one(root, "", file, sbi, out, problems, warnings);
    }
    if (!problems.isEmpty()) {
      throw new RegisterFormatException(problems, null);
    }
    return new Result(List.copyOf(out), List.copyOf(warnings));
  }

  private static void one(JsonNode v, String at, String file, CodeList sbi, List<KvkEstablishment> out,
      List<RegisterProblem> problems, List<RegisterProblem> warnings) {
    int before = problems.size();
    if (!v.isObject()) {
      problems.add(problem(file, at, "a Vestiging must be an object"));
      return;
    }
    for (String name : v.propertyNames()) {
      if (!VESTIGING.contains(name)) {
        warnings.add(problem(file, at + "/*", "property is not in the Vestigingsprofiel description; not used"));
      }
    }
    NlEstablishmentNumber number = NlEstablishmentNumber.isValid(text(v, "vestigingsnummer"))
        ? NlEstablishmentNumber.parse(text(v, "vestigingsnummer")) : null;
    if (number == null) {
      problems.add(problem(file, at + "/vestigingsnummer", "required: 12 digits"));
    }
    NlKvkNumber kvk = NlKvkNumber.isValid(text(v, "kvkNummer")) ? NlKvkNumber.parse(text(v, "kvkNummer")) : null;
    if (kvk == null) {
      problems.add(problem(file, at + "/kvkNummer", "required: 8 digits"));
    }
    String rsinText = text(v, "rsin");
    NlRsin rsin = null;
    if (rsinText != null) {
      if (NlRsin.isValid(rsinText)) {
        rsin = NlRsin.parse(rsinText);
      } else {
        problems.add(problem(file, at + "/rsin", "must be 9 digits passing the 11-test"));
      }
    }
    List<KvkAddress> addresses = new ArrayList<>();
    JsonNode list = v.get("adressen");
    if (list != null && !list.isNull()) {
      if (!list.isArray()) {
        problems.add(problem(file, at + "/adressen", "must be an array"));
      } else {
        for (int i = 0; i < list.size(); i++) {
          KvkAddress a = address(list.get(i), at + "/adressen/" + i, file, problems);
          if (a != null) {
            addresses.add(a);
          }
        }
      }
    }
    List<KvkActivity> activities = new ArrayList<>();
    JsonNode sbis = v.get("sbiActiviteiten");
    if (sbis != null && !sbis.isNull()) {
      if (!sbis.isArray()) {
        problems.add(problem(file, at + "/sbiActiviteiten", "must be an array"));
      } else {
        for (int i = 0; i < sbis.size(); i++) {
          JsonNode s = sbis.get(i);
          String code = s.isObject() ? text(s, "sbiCode") : null;
          if (code == null || !code.matches("[0-9]{2,6}")) {
            problems.add(problem(file, at + "/sbiActiviteiten/" + i + "/sbiCode", "required: 2 to 6 digits"));
            continue;
          }
          activities.add(new KvkActivity(code, text(s, "sbiOmschrijving"), yes(s, "indHoofdactiviteit")));
        }
      }
    }
    if (problems.size() == before) {
      out.add(new KvkEstablishment(number, kvk, rsin, text(v, "eersteHandelsnaam"), yes(v, "indHoofdvestiging"),
          yes(v, "indCommercieleVestiging"), text(v, "formeleRegistratiedatum"), addresses, activities, sbi));
    }
  }

  private static KvkAddress address(JsonNode a, String at, String file, List<RegisterProblem> problems) {
    if (!a.isObject()) {
      problems.add(problem(file, at, "an address must be an object"));
      return null;
    }
    Integer houseNumber = null;
    JsonNode h = a.get("huisnummer");
    if (h != null && !h.isNull()) {
      if (!h.isIntegralNumber() || h.asLong() < 0 || h.asLong() > 99_999) {
        problems.add(problem(file, at + "/huisnummer", "must be an integer from 0 to 99999"));
        return null;
      }
      houseNumber = h.asInt();
    }
    BagId nummeraanduiding = null;
    BagId object = null;
    JsonNode geo = a.get("geoData");
    if (geo != null && geo.isObject()) {
      String n = text(geo, "nummerAanduidingId");
      String o = text(geo, "addresseerbaarObjectId");
      if (n != null) {
        if (!BagId.isValid(n)) {
          problems.add(problem(file, at + "/geoData/nummerAanduidingId", "must be a BAG id of 16 digits"));
          return null;
        }
        nummeraanduiding = BagId.parse(n);
      }
      if (o != null) {
        if (!BagId.isValid(o)) {
          problems.add(problem(file, at + "/geoData/addresseerbaarObjectId", "must be a BAG id of 16 digits"));
          return null;
        }
        object = BagId.parse(o);
      }
    }
    return new KvkAddress(text(a, "type"), yes(a, "indAfgeschermd"), text(a, "straatnaam"), houseNumber,
        text(a, "huisletter"), text(a, "huisnummerToevoeging"), text(a, "postcode"), text(a, "plaats"),
        text(a, "land"), nummeraanduiding, object);
  }

  private static boolean yes(JsonNode n, String name) {
    String t = text(n, name);
    return "Ja".equalsIgnoreCase(t);
  }

  private static String text(JsonNode n, String name) {
    JsonNode v = n.get(name);
    return v != null && v.isString() && !v.asString().isEmpty() ? v.asString() : null;
  }

  private static RegisterProblem problem(String file, String pointer, String detail) {
    return new RegisterProblem(file, 0, pointer, RegistersError.KVK_FIELD, detail);
  }
}
