package org.dyad.pipeline.code;

import java.util.List;
import org.dyad.model.Modality;

/**
 * How a trigger stands in its sentence: negation and modality gathered up the control chain.
 *
 * @param clauseHead the head of the trigger's clause (dates and reporting are read from it)
 * @param notes the control words (and "negated governor") that shaped the stance, for the rule
 * @param absorbed a promising or threatening control word codes the event ("agreed to meet"): the
 *     trigger's own event is not coded beside it
 */
record Stance(boolean negated, Modality modality, int clauseHead, List<String> notes, boolean absorbed) {}
