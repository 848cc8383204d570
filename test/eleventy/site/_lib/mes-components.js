// The elements for the Lit plugin's renderer: in Node, `mes-components` has every language at once.
import 'mes-components';
