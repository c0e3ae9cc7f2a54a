/** Events to JSON and back with Jackson: stable type names, schema versions and an upcaster chain. */
package dev.eschess.handrolled.core.serialization;
