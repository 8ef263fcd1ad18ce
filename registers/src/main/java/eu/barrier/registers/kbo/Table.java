package eu.barrier.registers.kbo;

import java.util.List;

/** The data files of a KBO Open Data extract, with the columns the cookbook (R018.00) gives. */
enum Table {
  ENTERPRISE("enterprise", List.of("EnterpriseNumber", "Status", "JuridicalSituation", "TypeOfEnterprise",
      "JuridicalForm", "JuridicalFormCAC", "StartDate")),
  ESTABLISHMENT("establishment", List.of("EstablishmentNumber", "StartDate", "EnterpriseNumber")),
  BRANCH("branch", List.of("Id", "StartDate", "EnterpriseNumber")),
  DENOMINATION("denomination", List.of("EntityNumber", "Language", "TypeOfDenomination", "Denomination")),
  ADDRESS("address", List.of("EntityNumber", "TypeOfAddress", "CountryNL", "CountryFR", "Zipcode",
      "MunicipalityNL", "MunicipalityFR", "StreetNL", "StreetFR", "HouseNumber", "Box", "ExtraAddressInfo",
      "DateStrikingOff")),
  CONTACT("contact", List.of("EntityNumber", "EntityContact", "ContactType", "Value")),
  ACTIVITY("activity", List.of("EntityNumber", "ActivityGroup", "NaceVersion", "NaceCode", "Classification"));

  /** meta.csv. */
  static final String META = "meta.csv";
  /** code.csv. */
  static final String CODE = "code.csv";
  static final List<String> META_COLUMNS = List.of("Variable", "Value");
  static final List<String> CODE_COLUMNS = List.of("Category", "Code", "Language", "Description");

  private final String name;
  private final List<String> columns;

  Table(String name, List<String> columns) {
    this.name = name;
    this.columns = columns;
  }

  String file() {
    return name + ".csv";
  }

  String deleteFile() {
    return name + "_delete.csv";
  }

  String insertFile() {
    return name + "_insert.csv";
  }

  List<String> columns() {
    return columns;
  }

  /** The key column of the delete file: the first column. */
  List<String> deleteColumns() {
    return List.of(columns.get(0));
  }
}
