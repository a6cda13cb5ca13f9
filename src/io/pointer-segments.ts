/** The unescaped segments of a JSON pointer (RFC 6901): what both locators, YAML's and JSON's, walk. */
function decodeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map(decodeSegment);
}
