package org.dyad.pipeline.code;

/**
 * One CAMEO event code.
 *
 * @param code the code with its leading zero ("042", "0874")
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 */
public record CameoCode(String code, String name, int quadClass, double goldstein) {

  /** The two-digit root ("04" for "042"). */
  public String root() {
    return code.substring(0, 2);
  }

  /** QuadClass of a two-digit CAMEO root. */
  static int quadClassOfRoot(String root) {
    int value = Integer.parseInt(root);
    if (value <= 5) {
      return 1;
    }
    if (value <= 8) {
      return 2;
    }
    if (value <= 13) {
      return 3;
    }
    return 4;
  }
}
