package org.dyad.pipeline.code;

/**
 * A verb, adjective or noun taking a to-infinitive ("agreed to work", "plans to visit", "asked X
 * to leave") and what it does to the infinitive's event.
 *
 * @param code the CAMEO root the control word itself is coded with (request: "02" or "10"), or null
 */
record ControlVerb(String lemma, ControlClass controlClass, String code) {

  enum ControlClass { INTENT, PLAN, REQUEST, REFUSE, THREAT, FAIL, HYPO }
}
