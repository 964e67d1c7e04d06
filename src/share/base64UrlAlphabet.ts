/** The URL- and filename-safe base64 alphabet of RFC 4648 section 5: `-` and `_` for `+` and `/`. */
export const BASE64URL_ALPHABET =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
