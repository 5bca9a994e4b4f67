/**
 * The public contract of Dyad: the document record ({@code docs OUTPUT.md}) as immutable records.
 * Component names are the JSON field names; this module has no dependencies.
 */
package org.dyad.model;
