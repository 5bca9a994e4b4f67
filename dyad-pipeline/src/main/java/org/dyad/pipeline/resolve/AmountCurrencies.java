package org.dyad.pipeline.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Currency symbols, codes and names mapped to ISO 4217 codes. Written by hand for this project:
 * the currencies that news about world affairs names, with the national adjective where a name
 * ("dollars", "rupees", "pounds") is shared.
 */
final class AmountCurrencies {

  /** Symbols and codes written before the number ("$5", "US$2.5 billion", "Rs 500 crore"). */
  static final Map<String, String> PREFIXES = new LinkedHashMap<>();
  /** Names written after the number ("one billion euros", "1.5 trillion yen"). */
  static final Map<String, String> NAMES = new LinkedHashMap<>();
  /** ISO codes recognised on either side of the number. */
  static final List<String> CODES = List.of("USD", "EUR", "GBP", "JPY", "CNY", "INR", "RUB", "CHF", "AUD",
      "CAD", "HKD", "SGD", "NZD", "BRL", "ZAR", "TRY", "SAR", "AED", "KRW", "MXN", "PKR", "AFN", "UAH", "PLN",
      "SEK", "NOK", "DKK", "ILS", "IRR", "EGP", "NGN", "IDR", "THB", "QAR", "KWD", "IQD");

  static {
    prefix("USD", "US$", "U.S.$", "U.S. $", "US $");
    prefix("AUD", "A$", "AU$");
    prefix("CAD", "C$", "CA$", "Can$");
    prefix("NZD", "NZ$");
    prefix("HKD", "HK$");
    prefix("SGD", "S$");
    prefix("BRL", "R$");
    prefix("TWD", "NT$");
    prefix("MXN", "Mex$");
    prefix("USD", "$");
    prefix("GBP", "£");
    prefix("EUR", "€");
    prefix("JPY", "¥");
    prefix("INR", "₹", "Rs.", "Rs");
    prefix("RUB", "₽");
    prefix("KRW", "₩");
    prefix("TRY", "₺");
    prefix("NGN", "₦");
    prefix("ILS", "₪");
    prefix("CNY", "RMB");
    for (String code : CODES) {
      PREFIXES.put(code, code);
    }

    name("USD", "US dollars", "U.S. dollars", "American dollars", "dollars", "dollar");
    name("AUD", "Australian dollars");
    name("CAD", "Canadian dollars");
    name("NZD", "New Zealand dollars");
    name("HKD", "Hong Kong dollars");
    name("SGD", "Singapore dollars", "Singaporean dollars");
    name("TWD", "New Taiwan dollars", "Taiwan dollars", "Taiwanese dollars");
    name("EUR", "euros", "euro");
    name("GBP", "pounds sterling", "British pounds", "sterling", "pounds");
    name("EGP", "Egyptian pounds");
    name("LBP", "Lebanese pounds");
    name("SYP", "Syrian pounds");
    name("JPY", "Japanese yen", "yen");
    name("CNY", "Chinese yuan", "yuan", "renminbi");
    name("INR", "Indian rupees", "rupees", "rupee");
    name("PKR", "Pakistani rupees", "Pakistan rupees");
    name("LKR", "Sri Lankan rupees");
    name("NPR", "Nepalese rupees", "Nepali rupees");
    name("RUB", "Russian roubles", "Russian rubles", "roubles", "rubles", "rouble", "ruble");
    name("CHF", "Swiss francs");
    name("XOF", "CFA francs");
    name("ZAR", "South African rand", "rand");
    name("NGN", "Nigerian naira", "naira");
    name("TRY", "Turkish lira", "Turkish liras", "lira", "liras");
    name("KRW", "South Korean won", "Korean won");
    name("SAR", "Saudi riyals", "Saudi riyal", "riyals");
    name("QAR", "Qatari riyals");
    name("AED", "UAE dirhams", "Emirati dirhams", "dirhams");
    name("ILS", "Israeli shekels", "new shekels", "shekels", "shekel");
    name("MXN", "Mexican pesos");
    name("ARS", "Argentine pesos", "Argentinian pesos");
    name("PHP", "Philippine pesos");
    name("COP", "Colombian pesos");
    name("CLP", "Chilean pesos");
    name("IRR", "Iranian rials", "rials");
    name("AFN", "Afghan afghanis", "afghanis");
    name("UAH", "Ukrainian hryvnias", "hryvnias", "hryvnia", "hryvnas");
    name("PLN", "Polish zlotys", "zlotys", "zloty");
    name("SEK", "Swedish kronor", "Swedish krona");
    name("NOK", "Norwegian kroner", "Norwegian krone");
    name("DKK", "Danish kroner", "Danish krone");
    name("THB", "Thai baht", "baht");
    name("MYR", "Malaysian ringgit", "ringgit");
    name("IDR", "Indonesian rupiah", "rupiah");
    name("VND", "Vietnamese dong");
    name("BDT", "Bangladeshi taka", "taka");
    name("BRL", "Brazilian reais", "Brazilian reals", "reais");
    name("KES", "Kenyan shillings");
    name("UGX", "Ugandan shillings");
    name("TZS", "Tanzanian shillings");
    name("GHS", "Ghanaian cedis", "cedis");
    name("ETB", "Ethiopian birr", "birr");
    name("IQD", "Iraqi dinars");
    name("KWD", "Kuwaiti dinars");
    name("JOD", "Jordanian dinars");
    name("LYD", "Libyan dinars");
    name("RSD", "Serbian dinars");
    name("DZD", "Algerian dinars");
    name("TND", "Tunisian dinars");
    name("KZT", "Kazakh tenge", "tenge");
    name("GEL", "Georgian lari");
    name("VES", "Venezuelan bolivars", "bolivars");
  }

  private AmountCurrencies() {}

  private static void prefix(String code, String... symbols) {
    for (String s : symbols) {
      PREFIXES.put(s, code);
    }
  }

  private static void name(String code, String... names) {
    for (String n : names) {
      NAMES.put(n.toLowerCase(Locale.ROOT), code);
    }
  }

  /** An alternation of the keys, longest first so "US$" wins over "$". */
  static String alternation(Iterable<String> keys, boolean flexibleSpace) {
    List<String> sorted = new ArrayList<>();
    keys.forEach(sorted::add);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder out = new StringBuilder();
    for (String key : sorted) {
      if (out.length() > 0) {
        out.append('|');
      }
      String quoted = Pattern.quote(key);
      out.append(flexibleSpace ? quoted.replace(" ", "\\E\\s+\\Q") : quoted);
    }
    return out.toString();
  }

  /** The ISO code of a name as written (any case, any spacing), or null. */
  static String ofName(String written) {
    return NAMES.get(written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
  }

  static String ofPrefix(String written) {
    String code = PREFIXES.get(written);
    return code != null ? code : PREFIXES.get(written.replaceAll("\\s+", " "));
  }
}
