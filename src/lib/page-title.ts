/** A list's title on its nth page: "Tagged “AWS”", then "Tagged “AWS”, page 2". */
export function formatPageTitle(title: string, page: number): string {
	return page === 1 ? title : `${title}, page ${page}`;
}
