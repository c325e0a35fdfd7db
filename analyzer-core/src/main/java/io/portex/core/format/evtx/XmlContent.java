package io.portex.core.format.evtx;

/** What an element of a decoded event holds: child elements and text values. */
sealed interface XmlContent permits XmlElement, Value {}
