/** Event coding: CAMEO/PLOVER code tables, the predicate dictionary, and the coder over dependency parses. */
package org.dyad.pipeline.code;
