/**
 * An outside project's use of the SDK: every Java snippet of the README as a real source file
 * (its imports included), compiled against the artifacts the BOM names.
 */
package com.example.nvfetch;
