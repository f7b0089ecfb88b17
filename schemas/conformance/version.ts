/** The Cozystack release the model is checked against. Change it to check a new release. */
export const COZYSTACK_VERSION = "v1.6.2";
export const COZYSTACK_MODULE = "github.com/cozystack/cozystack";
