/** From raw bytes to clean article text plus metadata ({@link org.dyad.pipeline.extract.Article}), junk recorded as removed. */
package org.dyad.pipeline.extract;
