/** Scoring against public gold sets (read by path from ../shared/data, never copied). */
package org.dyad.pipeline.eval;
